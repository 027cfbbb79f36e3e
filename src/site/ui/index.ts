import { ar } from './ar';
import { de } from './de';
import { en, type UiStrings } from './en';
import { es } from './es';
import { fr } from './fr';
import { he } from './he';
import { ja } from './ja';
import { ko } from './ko';
import { ptBR } from './pt-BR';
import { zhHans } from './zh-Hans';

export type { UiStrings };

/** The chrome's built-in strings, by BCP 47 tag: data, one file per language. */
export const BUILT_IN_STRINGS: Readonly<Record<string, UiStrings>> = { en, ar, de, es, fr, he, ja, ko, 'pt-BR': ptBR, 'zh-Hans': zhHans };
