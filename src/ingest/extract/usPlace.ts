/**
 * A place in the United States smaller than the country, as a regular-expression source: a state
 * (not Washington, which mostly means the government), New England, or a county, parish or borough.
 */
export const US_PLACE = String.raw`(?:(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Puerto Rico|New England)\b|(?:[A-Z][a-z]+\s+){1,3}(?:County|Parish|Borough)\b)`;
