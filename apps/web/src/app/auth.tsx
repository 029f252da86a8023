import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { Provider as UrqlProvider, type Client } from 'urql';
import { LogoutDocument, MeDocument, type SignedInMemberFragment } from '../gql/graphql';
import { closeLiveSocket, createGraphqlClient } from './client';

export type Member = SignedInMemberFragment;

interface AuthState {
  status: 'loading' | 'signedIn' | 'signedOut';
  member: Member | null;
  /** Why the member landed on the sign-in page (signed out, session expired, removed). */
  notice: string | null;
}

interface AuthApi extends AuthState {
  /** After login or registration: the API has set the session cookie. */
  signedIn(payload: { member: Member }): void;
  signOut: (notice?: string) => void;
  clearNotice: () => void;
}

const AuthContext = createContext<AuthApi | null>(null);

export function useAuth(): AuthApi {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** Where a member starts: their area, or the waiting page while their organization is unverified. */
export function homeOf(member: Member | null): string {
  if (!member) return '/sign-in';
  if (member.role === 'PLATFORM_ADMIN') return '/admin';
  if (!member.organization) return '/sign-in';
  if (!member.organization.verified) return '/waiting';
  if (member.role === 'STUDENT') return '/student';
  return member.organization.kind === 'COMPANY' ? '/company' : '/university';
}

const SESSION_LOST = 'Your session has ended. Sign in again to continue.';

export function AuthProvider({
  children,
  client: given,
  onStart,
}: {
  children: ReactNode;
  client?: Client;
  /** Called with the first client, as the session check is sent (to send the opened page's queries alongside it). */
  onStart?: (client: Client) => void;
}) {
  const [state, setState] = useState<AuthState>({ status: 'loading', member: null, notice: null });
  const lost = useRef<(message: string) => void>(() => undefined);
  const fresh = useCallback(() => given ?? createGraphqlClient((message) => lost.current(message)), [given]);
  // A new client (empty cache) for each session, so the next person never sees the last one's data.
  const [client, setClient] = useState(() => {
    const first = fresh();
    onStart?.(first);
    return first;
  });

  const signOut = useCallback(
    (notice?: string) => {
      // logout clears the httpOnly cookie, which only the server can do.
      void client.mutation(LogoutDocument, {}).toPromise();
      closeLiveSocket();
      setClient(fresh);
      setState({ status: 'signedOut', member: null, notice: notice ?? null });
    },
    [client, fresh],
  );
  lost.current = (message: string) => {
    if (state.status === 'signedIn') setClient(fresh);
    setState((current) => {
      if (current.status !== 'signedIn') return current;
      closeLiveSocket();
      const removed = /no longer valid/i.test(message);
      return {
        status: 'signedOut',
        member: null,
        notice: removed ? 'You were signed out: your account was removed or your access changed.' : SESSION_LOST,
      };
    });
  };

  useEffect(() => {
    let live = true;
    void client
      .query(MeDocument, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (!live) return;
        // A transition: the signed-in page (the area's frame and the opened page) renders in slices.
        startTransition(() =>
          setState((current) =>
            current.status === 'loading'
              ? result.data?.me
                ? { status: 'signedIn', member: result.data.me, notice: null }
                : { status: 'signedOut', member: null, notice: null }
              : current,
          ),
        );
      });
    return () => {
      live = false;
    };
  }, [client]);

  const api = useMemo<AuthApi>(
    () => ({
      ...state,
      signedIn: ({ member }) => {
        setState({ status: 'signedIn', member, notice: null });
      },
      signOut,
      clearNotice: () => setState((current) => ({ ...current, notice: null })),
    }),
    [state, signOut],
  );

  return (
    <AuthContext.Provider value={api}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </AuthContext.Provider>
  );
}
