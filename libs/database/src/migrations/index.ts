import { Init1795319948819 } from './1795319948819-Init';
import { Marketplace1795320667412 } from './1795320667412-Marketplace';
import { MatchRounds1795322051974 } from './1795322051974-MatchRounds';
import { Notifications1795322234976 } from './1795322234976-Notifications';
import { MatchRoundUniversity1795325429989 } from './1795325429989-MatchRoundUniversity';
import { ListingChangeNotifications1795400000000 } from './1795400000000-ListingChangeNotifications';
import { MatchRoundCompanyOnly1795500100000 } from './1795500100000-MatchRoundCompanyOnly';
import { PasswordReset1795500600000 } from './1795500600000-PasswordReset';
import { LiveChanges1795500600001 } from './1795500600001-LiveChanges';
import { TopicVocabulary1795500700000 } from './1795500700000-TopicVocabulary';
import { ActorChangeNotifications1795500800000 } from './1795500800000-ActorChangeNotifications';

/** Every committed migration, in order (listed, not globbed, so they load the same from ts and js). */
export const MIGRATIONS = [Init1795319948819, Marketplace1795320667412, MatchRounds1795322051974, Notifications1795322234976, MatchRoundUniversity1795325429989, ListingChangeNotifications1795400000000, MatchRoundCompanyOnly1795500100000, PasswordReset1795500600000, LiveChanges1795500600001, TopicVocabulary1795500700000, ActorChangeNotifications1795500800000];
