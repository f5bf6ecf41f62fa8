package com.suanli.cluster.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.cluster.protocol.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * The client's side of the feed, driven message by message: in order, once, no hole skipped; a hole, a new
 * leader or an unanswered request asks again from the first message lacking; a whole state is taken in its
 * pieces, and a lost piece asks again; a follower of the events says so in its FOLLOW, and a state it asks for
 * is asked for until it came.
 */
class FeedFollowerTest {

    private static final long CLIENT = 5;
    private static final long ANSWER_WITHIN = TimeUnit.SECONDS.toNanos(1);

    /** What the follower handed on, and the FOLLOW requests it sent. */
    private final List<String> handed = new ArrayList<>();
    private final List<long[]> requests = new ArrayList<>();
    private final FeedFollower follower = follower(false);

    private FeedFollower follower(boolean events) {
        return new FeedFollower(new FeedHandler() {
        @Override
        public void onState(byte[] state, long next) {
            handed.add("state " + state.length + " before " + next);
        }

        @Override
        public void onFeed(long sequence, long timestamp, DirectBuffer buffer, int offset, int length) {
            assertThat(length).isEqualTo(Messages.FEED_HEADER + Messages.feedCommandsLength(buffer, offset));
            handed.add("feed " + sequence + " at " + timestamp + " of " + Messages.feedCommandsLength(buffer, offset)
                    + " bytes, first " + buffer.getByte(offset + Messages.FEED_HEADER));
        }

        @Override
        public boolean wantsEvents() {
            return events;
        }
    }, CLIENT, ANSWER_WITHIN);
    }
    private final FeedFollower.Ingress ingress = (buffer, offset, length) -> {
        assertThat(buffer.getByte(offset)).isEqualTo(Messages.FOLLOW);
        requests.add(new long[] {Messages.followRequestId(buffer, offset), Messages.followFrom(buffer, offset),
                Messages.followWhat(buffer, offset)});
        return 1;
    };

    private static UnsafeBuffer feed(long sequence) {
        UnsafeBuffer message = new UnsafeBuffer(new byte[Messages.FEED_HEADER + 3]);
        Messages.writeFeedHeader(message, 0, sequence, 1_000 + sequence, 3);
        message.putByte(Messages.FEED_HEADER, (byte) sequence);
        return message;
    }

    private static UnsafeBuffer following(long requestId, long first, long last, int stateLength) {
        UnsafeBuffer message = new UnsafeBuffer(new byte[Messages.FOLLOWING_LENGTH]);
        Messages.writeFollowing(message, 0, requestId, first, last, stateLength);
        return message;
    }

    private static UnsafeBuffer piece(int at, int size) {
        UnsafeBuffer message = new UnsafeBuffer(new byte[Messages.STATE_HEADER + size]);
        Messages.writeStateHeader(message, 0, at);
        return message;
    }

    private void receive(UnsafeBuffer message) {
        follower.onMessage(message, 0, message.capacity());
    }

    private long[] lastRequest() {
        return requests.get(requests.size() - 1);
    }

    @Test
    void theFeedIsHandedOnInOrderOnceAndAHoleIsFilledFromTheFirstMessageLacking() {
        assertThat(follower.poll(ingress, 0)).isEqualTo(1);
        assertThat(lastRequest()[1]).isEqualTo(1);
        receive(following(lastRequest()[0], 1, 0, 0));
        receive(feed(1));
        receive(feed(2));
        receive(feed(2));
        receive(feed(4));
        receive(feed(5));
        assertThat(handed).containsExactly("feed 1 at 1001 of 3 bytes, first 1", "feed 2 at 1002 of 3 bytes, first 2");
        assertThat(follower.poll(ingress, 10)).isEqualTo(1);
        assertThat(lastRequest()[1]).isEqualTo(3);
        assertThat(follower.poll(ingress, 20)).as("one request at a time").isZero();
        receive(following(lastRequest()[0], 3, 5, 0));
        receive(feed(3));
        receive(feed(4));
        receive(feed(5));
        receive(feed(5));
        assertThat(handed).hasSize(5).last().isEqualTo("feed 5 at 1005 of 3 bytes, first 5");
        assertThat(follower.follows()).isEqualTo(2);
    }

    @Test
    void aNewLeaderOrAnUnansweredRequestAsksAgainAndAStaleAnswerIsIgnored() {
        follower.poll(ingress, 0);
        long unanswered = lastRequest()[0];
        assertThat(follower.poll(ingress, ANSWER_WITHIN / 2)).isZero();
        assertThat(follower.poll(ingress, ANSWER_WITHIN + 1)).isEqualTo(1);
        assertThat(lastRequest()[0]).isNotEqualTo(unanswered);
        receive(following(unanswered, 1, 0, 0));
        assertThat(follower.poll(ingress, ANSWER_WITHIN + 2)).as("the stale answer left the request waiting").isZero();
        receive(following(lastRequest()[0], 1, 0, 0));
        receive(feed(1));
        follower.followAgain();
        assertThat(follower.poll(ingress, ANSWER_WITHIN + 3)).isEqualTo(1);
        assertThat(lastRequest()[1]).isEqualTo(2);
        assertThat(follower.poll(ingress, 3 * ANSWER_WITHIN)).as("unanswered again").isEqualTo(1);
    }

    @Test
    void whatAnAnswerPromisedAndStoppedSendingIsAskedForAgain() {
        follower.poll(ingress, 0);
        receive(following(lastRequest()[0], 1, 3, 0));
        receive(feed(1));
        assertThat(follower.poll(ingress, 10)).isZero();
        assertThat(follower.poll(ingress, ANSWER_WITHIN / 2)).as("message 1 moved it on at 10 ns").isZero();
        assertThat(follower.poll(ingress, ANSWER_WITHIN + 20)).isEqualTo(1);
        assertThat(lastRequest()[1]).isEqualTo(2);
        receive(following(lastRequest()[0], 2, 3, 0));
        receive(feed(2));
        receive(feed(3));
        assertThat(follower.poll(ingress, 5 * ANSWER_WITHIN)).as("everything promised came").isZero();
    }

    @Test
    void aStateThatStopsComingIsAskedForAgain() {
        follower.poll(ingress, 0);
        receive(following(lastRequest()[0], 40, 39, 10));
        receive(piece(0, 6));
        assertThat(follower.poll(ingress, 10)).isZero();
        assertThat(follower.poll(ingress, ANSWER_WITHIN + 20)).isEqualTo(1);
        assertThat(lastRequest()[1]).isEqualTo(1);
    }

    @Test
    void aWholeStateIsTakenInItsPiecesAndTheFeedGoesOnAfterIt() {
        follower.poll(ingress, 0);
        receive(following(lastRequest()[0], 40, 39, 10));
        receive(feed(39));
        receive(piece(0, 6));
        receive(piece(6, 4));
        receive(feed(39));
        receive(feed(40));
        assertThat(handed).containsExactly("state 10 before 40", "feed 40 at 1040 of 3 bytes, first 40");
        assertThat(follower.states()).isEqualTo(1);
    }

    @Test
    void aLostPieceOfTheStateAsksAgain() {
        follower.poll(ingress, 0);
        receive(following(lastRequest()[0], 40, 39, 10));
        receive(piece(0, 4));
        receive(piece(6, 4));
        assertThat(handed).isEmpty();
        assertThat(follower.poll(ingress, 1)).isEqualTo(1);
        assertThat(lastRequest()[1]).isEqualTo(1);
    }

    @Test
    void aFollowerOfTheCommandsAsksForThemAndOneOfTheEventsForTheEvents() {
        follower.poll(ingress, 0);
        assertThat(lastRequest()[2]).isEqualTo(Messages.FOLLOW_COMMANDS);
        FeedFollower events = follower(true);
        events.poll(ingress, 0);
        assertThat(lastRequest()[2]).isEqualTo(Messages.FOLLOW_EVENTS);
    }

    @Test
    void aStateAskedForIsAskedForUntilItCameAndTheFeedGoesOnAfterIt() {
        FeedFollower events = follower(true);
        events.poll(ingress, 0);
        events.onMessage(following(lastRequest()[0], 1, 0, 0), 0, Messages.FOLLOWING_LENGTH);
        UnsafeBuffer first = feed(1);
        events.onMessage(first, 0, first.capacity());
        assertThat(events.poll(ingress, 10)).as("nothing wanted").isZero();

        events.askForState();
        assertThat(events.poll(ingress, 20)).isEqualTo(1);
        assertThat(lastRequest()[1]).isEqualTo(2);
        assertThat(lastRequest()[2]).isEqualTo(Messages.FOLLOW_EVENTS_AND_STATE);
        assertThat(events.poll(ingress, 30)).as("asked once while outstanding").isZero();
        assertThat(events.poll(ingress, ANSWER_WITHIN + 40)).as("unanswered: asked again").isEqualTo(1);
        assertThat(lastRequest()[2]).isEqualTo(Messages.FOLLOW_EVENTS_AND_STATE);

        events.onMessage(following(lastRequest()[0], 3, 2, 4), 0, Messages.FOLLOWING_LENGTH);
        UnsafeBuffer whole = piece(0, 4);
        events.onMessage(whole, 0, whole.capacity());
        UnsafeBuffer third = feed(3);
        events.onMessage(third, 0, third.capacity());
        assertThat(handed).containsExactly("feed 1 at 1001 of 3 bytes, first 1", "state 4 before 3",
                "feed 3 at 1003 of 3 bytes, first 3");
        assertThat(events.poll(ingress, 2 * ANSWER_WITHIN)).as("the state came: not asked again").isZero();
        assertThat(events.states()).isEqualTo(1);
    }
}
