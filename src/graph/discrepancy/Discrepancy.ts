import { Field, Float, ObjectType } from 'type-graphql';
import { FigureRelation } from '../figure/FigureRelation.js';

/** Two figures that conflict, or are close enough to be conflated but are not the same quantity. */
@ObjectType()
export class Discrepancy {
  id!: string;

  @Field(() => FigureRelation)
  relation!: FigureRelation;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => Float, { nullable: true, description: "The other figure's value minus the claim's; for a derived finding (an article's own arithmetic), what its figures imply minus what it states; null across units." })
  delta!: number | null;

  @Field(() => Float, { nullable: true, description: 'The difference as a percentage of the larger value; null across units and for derived findings.' })
  percent!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'The finding rests on arithmetic over several figures.' })
  derived!: boolean | null;

  @Field(() => String, { nullable: true })
  confidence!: string | null;

  claimId!: string;
  otherId!: string;
}
