import { Field, InputType } from 'type-graphql';

/** An input type `<name>Filter` of equality and membership on one enum. */
export function EnumFilter<E extends string>(enumType: object, name: string) {
  @InputType(`${name}Filter`, { description: `Conditions on a ${name}; all that are given must hold.` })
  class Filter {
    @Field(() => enumType, { nullable: true })
    eq?: E | null;

    @Field(() => [enumType], { nullable: true })
    in?: E[] | null;
  }
  return Filter;
}
