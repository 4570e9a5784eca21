import { MyHistory } from '../../features/entries';

export default function MeHistoryRoute() {
  return <MyHistory />;
}
