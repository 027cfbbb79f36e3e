import { ar } from './ar.ts';
import { de } from './de.ts';
import { en, type UiStrings } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { he } from './he.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { ptBR } from './pt-BR.ts';
import { zhHans } from './zh-Hans.ts';

export type { UiStrings };

/** The chrome's built-in strings, by BCP 47 tag: data, one file per language. */
export const BUILT_IN_STRINGS: Readonly<Record<string, UiStrings>> = { en, ar, de, es, fr, he, ja, ko, 'pt-BR': ptBR, 'zh-Hans': zhHans };
