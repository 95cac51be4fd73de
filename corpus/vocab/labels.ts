/** The six UN languages: every label in every vocabulary exists in each of them. */
export const UN_LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];
export type Labels = Record<UnLanguage, string>;

export function isUnLanguage(x: string): x is UnLanguage {
  return (UN_LANGUAGES as readonly string[]).includes(x);
}
