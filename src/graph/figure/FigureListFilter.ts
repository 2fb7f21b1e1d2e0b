import { ListFilter } from '../query/ListFilter.js';
import { FigureWhere } from './FigureWhere.js';

export const FigureListFilter = ListFilter<FigureWhere>(() => FigureWhere, 'Figure');
export type FigureListFilter = InstanceType<typeof FigureListFilter>;
