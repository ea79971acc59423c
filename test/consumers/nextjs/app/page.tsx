// A server component page that places the client component, as an App Router site does.
import { Exercise } from './exercise';

export default function Page() {
  return (
    <main>
      <h1>Your exercise for today</h1>
      <Exercise />
    </main>
  );
}
