import { Connection } from '../pagination/Connection.js';
import { SearchHit } from './SearchHit.js';

export const SearchHitConnection = Connection<SearchHit>(() => SearchHit, 'SearchHit');
export type SearchHitConnection = InstanceType<typeof SearchHitConnection>;
