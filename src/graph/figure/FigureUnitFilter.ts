import { EnumFilter } from '../query/EnumFilter.js';
import { FigureUnit } from './FigureUnit.js';

export const FigureUnitFilter = EnumFilter<FigureUnit>(FigureUnit, 'FigureUnit');
export type FigureUnitFilter = InstanceType<typeof FigureUnitFilter>;
