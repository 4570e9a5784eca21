import { MyHistory } from '../../features/entries/components/MyHistory';

export default function MeHistoryRoute() {
  return <MyHistory />;
}
