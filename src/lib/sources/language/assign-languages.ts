import type { Derived } from '../received.ts';
import type { SourceBlock } from '../types.ts';
import { detectLanguage, scriptFits } from './detect-language.ts';
import { sameLanguage } from './text-direction.ts';

/** Roles whose text tells the source's language: the body, not bylines or boilerplate. */
const BODY_ROLES = new Set(['paragraph', 'heading']);

/**
 * The language of a source: the one given (by the manifest), else the one the file declares
 * when its body's script fits it (a page declaring "en" whose body is Arabic is Arabic), else
 * the one franc detects in the body, else English.
 */
export function sourceLanguage(blocks: readonly SourceBlock[], given: string | undefined, declared: Derived<string> | undefined): Derived<string> {
  if (given) return { value: given, from: 'manifest' };
  const body = blocks.filter((block) => BODY_ROLES.has(block.role)).flatMap((block) => block.lines).join('\n');
  if (declared && scriptFits(body, declared.value)) return declared;
  const detected = detectLanguage(body);
  if (detected) return { value: detected, from: declared ? `detected in the body (franc), which is not in the script of the declared "${declared.value}"` : 'detected in the body (franc)' };
  return declared ?? { value: 'en', from: 'default (no language could be told)' };
}

/**
 * Sets `lang` on each block whose language differs from the source's: the language its
 * markup declares (a `lang` attribute) when its script fits, else the one its script and
 * franc tell, keeping the source's language unless the evidence is strong (see
 * detectLanguage). `declared` holds each block's declared language, if any.
 */
export function assignLanguages(blocks: readonly SourceBlock[], language: string): SourceBlock[] {
  return blocks.map((block) => {
    const text = block.lines.join(' ');
    const declared = block.lang && scriptFits(text, block.lang) ? block.lang : undefined;
    const lang = declared ?? detectLanguage(text, { expected: language }) ?? language;
    const { lang: _previous, ...rest } = block;
    return sameLanguage(lang, language) ? rest : { ...rest, lang };
  });
}
