import { Field, Float, ObjectType } from 'type-graphql';
import { FigureRelation } from './FigureRelation.js';

/** How a figure relates to another figure, from this figure's point of view. */
@ObjectType()
export class FigureLink {
  id!: string;

  @Field(() => FigureRelation)
  relation!: FigureRelation;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => Float, { nullable: true, description: "The other figure's value minus this one's." })
  delta!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'The link rests on arithmetic over several figures.' })
  derived!: boolean | null;

  @Field(() => String, { nullable: true })
  confidence!: string | null;

  figureId!: string;
}
