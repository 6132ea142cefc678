import { Arg, Ctx, Query, Resolver, Root, Subscription } from 'type-graphql';
import { TrackingPageResult, TrackingUpdate, UnavailableReason } from './public-tracking.types';
import { unavailable, type PageResult } from './public-tracking.service';
import type { PublicContext } from '../../graphql/public/context';

@Resolver()
export class PublicTrackingResolver {
  @Query(() => TrackingPageResult, { description: 'The public page of a tracking link, filtered by its template.' })
  async trackingPage(@Arg('token', () => String, { description: 'The token from the link\'s URL (/t/<token>).' }) token: string, @Ctx() ctx: PublicContext): Promise<PageResult> {
    // The page cache counted this request's first look-up already; any other field counts its own.
    if (ctx.limitsChecked) {
      ctx.limitsChecked = false;
      if (ctx.limitsRefusal) throw ctx.limitsRefusal;
    } else {
      await ctx.limits.check(ctx.ip, ctx.rateLimit);
    }
    const found = await ctx.tracking.pageForToken(token);
    // Only an available consignment page may be kept by the page cache, under its version.
    const available = !!found && !found.ctx.unavailable && !('reason' in found.page);
    ctx.pageCapture?.pages.push({ token, linkId: available ? found.ctx.linkId : null, version: available ? found.version : null });
    if (!found) {
      // Not a consignment's link: an order's, or unknown.
      const order = await ctx.tracking.orderPageForToken(token);
      if (order) {
        const { page } = order;
        if (!('reason' in page)) {
          if (ctx.countViews) await ctx.tracking.countOrderView(order.linkId, ctx.ip);
          return page;
        }
        if (page.reason === UnavailableReason.EXPIRED) return page;
      }
      await ctx.limits.miss(ctx.ip);
      return unavailable(UnavailableReason.NOT_AVAILABLE);
    }
    if (found.ctx.unavailable === UnavailableReason.NOT_AVAILABLE) {
      // Unknown and revoked look, and count, the same.
      await ctx.limits.miss(ctx.ip);
      return unavailable(UnavailableReason.NOT_AVAILABLE);
    }
    const { ctx: link, page } = found;
    if (!link.unavailable && ctx.countViews) await ctx.tracking.countView(link.linkId, ctx.ip);
    return page;
  }
}

@Resolver()
export class PublicTrackingUpdatesResolver {
  @Subscription(() => TrackingUpdate, {
    description: 'Live changes of a tracking page: positions, fresh pages, and UNAVAILABLE (then the end).',
    subscribe: async ({ args, context }) => {
      const ctx = context as PublicContext;
      // Guessing tokens is limited hard: an address that hit too many unknown tokens is refused
      // before any look-up, and every address is limited overall.
      await ctx.limits.check(ctx.ip, ctx.rateLimit);
      // Unknown and revoked tokens count against the address, as they do for the query. A page
      // that opens its live updates is a view (a server-rendered page never sends the query).
      const stream = await ctx.live.subscribe(String(args.token), {
        onMiss: () => void ctx.limits.miss(ctx.ip).catch(() => undefined),
        onOpen: (linkId) => ctx.tracking.countView(linkId, ctx.ip),
        onOrderOpen: (linkId) => ctx.tracking.countOrderView(linkId, ctx.ip),
      });
      return stream;
    },
  })
  // Declares the field; buildPublicSchema gives it a synchronous resolver of the same meaning.
  trackingUpdates(@Arg('token', () => String, { description: 'The token from the link\'s URL (/t/<token>).' }) _token: string, @Root() update: TrackingUpdate): TrackingUpdate {
    return update;
  }
}
