/**
 * The configuration's problems, one warning per layer that has any, one line
 * per problem, naming where to fix it (the site page or window.wikiSafetyConfig).
 * Shown where a gadget's user can pass them on to an interface admin.
 */
import type { ConfigProblems } from '../config/resolve';
import type { Msg } from '../messages';
import { Message } from './components';

export function ConfigProblemList({ msg, problems }: { msg: Msg; problems: readonly ConfigProblems[] }) {
  return (
    <>
      {problems.map((p) => (
        <Message key={p.source} type="warning" class="wsg-config-problems">
          <p>{msg('wiki-safety-config-problems-heading', p.source)}</p>
          <ul>
            {p.errors.map((e) => (
              <li key={e} dir="auto">
                {e}
              </li>
            ))}
          </ul>
        </Message>
      ))}
    </>
  );
}
