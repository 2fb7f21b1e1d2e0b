import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What deleting an article removed; all counts are 0 when there was no such article.' })
export class DeleteArticlePayload {
  @Field(() => Boolean, { description: 'false when no article has this id.' })
  deleted!: boolean;

  @Field(() => Int)
  figuresDeleted!: number;

  @Field(() => Int)
  quotesDeleted!: number;

  @Field(() => Int, { description: 'People, organisations and programs nothing else referred to any more.' })
  entitiesDeleted!: number;

  @Field(() => Int, { description: 'Measures no other figure counts.' })
  measuresDeleted!: number;

  @Field(() => Int, { description: 'Periods no other figure is for.' })
  periodsDeleted!: number;

  /** The answer for an id no article has: not an error, nothing to delete. */
  static none(): DeleteArticlePayload {
    return Object.assign(new DeleteArticlePayload(), {
      deleted: false, figuresDeleted: 0, quotesDeleted: 0, entitiesDeleted: 0, measuresDeleted: 0, periodsDeleted: 0,
    });
  }
}
