/** A stable, readable id from a canonical name: "U.S. Immigration and Customs Enforcement" -> "u-s-immigration-and-customs-enforcement". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'unnamed';
}
