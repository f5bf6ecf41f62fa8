package com.suanli.exchange.book;

/** One operation on a book, as a value, so the same random stream drives several books. */
sealed interface BookCommand {

    /** Applies the command. @return what the operation returned, as a comparable value */
    Object applyTo(OrderBook book);

    record Place(long orderId, long account, long stpGroup, Side side, OrderKind kind, long price, long quantity,
                 long displayQuantity, SelfTradePrevention stp) implements BookCommand {
        @Override
        public Object applyTo(OrderBook book) {
            book.place(orderId, account, stpGroup, side, kind, price, quantity, displayQuantity, stp);
            return null;
        }
    }

    record Rest(long orderId, long account, long stpGroup, Side side, long price, long quantity, long displayQuantity)
            implements BookCommand {
        @Override
        public Object applyTo(OrderBook book) {
            book.rest(orderId, account, stpGroup, side, price, quantity, displayQuantity);
            return null;
        }
    }

    record Uncross(long price) implements BookCommand {
        @Override
        public Object applyTo(OrderBook book) {
            return book.uncross(price);
        }
    }

    record Move(long orderId, long account, long newPrice) implements BookCommand {
        @Override
        public Object applyTo(OrderBook book) {
            return book.move(orderId, account, newPrice);
        }
    }

    record Reduce(long orderId, long account, long reduceBy) implements BookCommand {
        @Override
        public Object applyTo(OrderBook book) {
            return book.reduce(orderId, account, reduceBy);
        }
    }

    record Cancel(long orderId, long account) implements BookCommand {
        @Override
        public Object applyTo(OrderBook book) {
            return book.cancel(orderId, account);
        }
    }

    record CancelAll(long account) implements BookCommand {
        @Override
        public Object applyTo(OrderBook book) {
            return book.cancelAll(account);
        }
    }
}
