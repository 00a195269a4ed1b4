/** Lists people read are sorted in Polish order ("Łódź" after "Lublin", not after "Zielona Góra"). */
export const polishCollator = new Intl.Collator('pl');

/** Sorts records by their `name`, in Polish order (a copy; the input is left as it is). */
export const byPolishName = <T extends { name: string }>(items: readonly T[]): T[] =>
	[...items].sort((a, b) => polishCollator.compare(a.name, b.name));
