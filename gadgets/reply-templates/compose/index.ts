export { composeReply, type ComposeOptions } from './compose';
export { REFERRALS, formatDate, isReplyKind, parseIsoDate, type Referral, type ReplyFacts } from './facts';
