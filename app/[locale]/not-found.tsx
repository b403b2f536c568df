import { NotFoundContent } from '../_components/not-found-content';

export default NotFoundContent;
