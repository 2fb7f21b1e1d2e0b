import { Field, InputType } from 'type-graphql';

/** Conditions on a to-many relationship, each on the related nodes' own `where`. */
export interface ListConditions<W> {
  some?: W | null;
  none?: W | null;
  all?: W | null;
}

/** An input type `<name>ListFilter`: some, none or all of the related nodes match. */
export function ListFilter<W>(whereType: () => Function, name: string) {
  @InputType(`${name}ListFilter`, { description: 'All conditions given must hold: some related node matches, none does, every one does.' })
  class Filter implements ListConditions<W> {
    @Field(whereType, { nullable: true })
    some?: W | null;

    @Field(whereType, { nullable: true })
    none?: W | null;

    @Field(whereType, { nullable: true })
    all?: W | null;
  }
  return Filter;
}
