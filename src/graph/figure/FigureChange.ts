import { Field, Float, ObjectType } from 'type-graphql';

/** What two figures of one unit imply when read as a change from one to the other. */
@ObjectType()
export class FigureChange {
  @Field(() => Float, { description: "The second figure's value minus the first's." })
  difference!: number;

  @Field(() => Float, { nullable: true, description: 'The difference as a percentage of the first value; null when it is 0.' })
  percent!: number | null;

  fromId!: string;
  toId!: string;
}
