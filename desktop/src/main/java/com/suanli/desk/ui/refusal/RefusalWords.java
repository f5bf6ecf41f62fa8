package com.suanli.desk.ui.refusal;

import com.suanli.cluster.client.NoLeader;
import com.suanli.data.json.JsonReadException;
import com.suanli.data.store.StoreException;
import com.suanli.desk.access.CommandNotPermitted;
import com.suanli.desk.access.SignInRefused;
import com.suanli.desk.ui.text.Texts;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.CommandRejected;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.event.RejectedCommand;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.pricing.basics.InputRefused;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Refusals worded for the user. The words are chosen by the refusal's code (a {@link RejectReason}, an
 * {@link com.suanli.desk.access.AccessRule}, a sign-in's kind), never by parsing the exchange's English. English
 * names the reason by the engine's code (the trade's own name, as the logs say it); Chinese by a phrase for each.
 * The detail that follows (the field and the rule broken) is the bundles' too, filled in from the refused command's
 * account and the contract's terms, so that nothing the engine says in English reaches a Chinese window.
 */
public final class RefusalWords {

    private RefusalWords() {
    }

    /** The reason as a blotter column shows it: the code in English, its phrase in Chinese. */
    public static String reason(RejectReason reason) {
        return reason(reason.name());
    }

    /** A refusal's code worded; a code the bundles do not know is shown as it is. */
    static String reason(String code) {
        return Texts.find("term.RejectReason." + code).orElse(code);
    }

    /** The engine's refusal: the reason worded, then the exchange's own words if it gave any. */
    public static String engine(RejectReason reason, String message) {
        return engine(reason.name(), message);
    }

    static String engine(String code, String message) {
        String reason = reason(code);
        return message.isBlank() ? Texts.format("outcome.refused", reason)
                : Texts.format("outcome.refused-because", reason, message);
    }

    /**
     * What was wrong, naming the field and the rule, in the desk's language: blank for a reason the bundles give
     * no detail for (the reason alone then says it; the exchange's own English words are left to its journal).
     */
    public static String detail(CommandRejected refused, IntFunction<Optional<ContractSpec>> contracts) {
        return detail(refused.reason(), refused.account(), contracts.apply(refused.instrumentId()));
    }

    static String detail(RejectReason reason, long account, Optional<ContractSpec> contract) {
        String key = "refusal.detail." + reason.name();
        if (Texts.find(key).isEmpty()) {
            return "";
        }
        // Every reason with a contract term in its words concerns a listed contract, so the blanks are not shown.
        return Texts.format(key, Long.toString(account),
                contract.map(ContractSpec::symbol).orElse(""),
                contract.map(ContractSpec::lotSize).orElse(0L),
                contract.map(ContractSpec::maxOrderLots).orElse(0L),
                contract.map(RefusalWords::band).orElse(""),
                contract.map(terms -> terms.firstTradingDay().toString()).orElse(""),
                contract.map(terms -> terms.lastTradingDay().toString()).orElse(""));
    }

    /** The price band's width either side of the reference price, as a percentage (10%, 7.5%). */
    private static String band(ContractSpec contract) {
        NumberFormat percent = NumberFormat.getPercentInstance(Texts.locale());
        percent.setMaximumFractionDigits(2);
        return percent.format(BigDecimal.valueOf(contract.priceBandBps(), 4));
    }

    /** The command's kind as the status bar and the blotter name it. */
    public static String command(RejectedCommand command) {
        return Texts.find("term.RejectedCommand." + command.name()).orElse(command.name());
    }

    /**
     * Why the exchange cancelled an order, worded by its {@link CancelReason} as a reject's reason is (the code in
     * English, a phrase in Chinese); blank for no reason (an order not cancelled). The engine's words that may
     * follow a cancel (a triggered stop's pre-trade refusal) are English and stay in its journal.
     */
    public static String cancellation(CancelReason reason) {
        return reason == null ? "" : Texts.find("term.CancelReason." + reason.name()).orElse(reason.name());
    }

    /** Why the host refused the user's command or request, from the rule broken. */
    public static String access(CommandNotPermitted refused) {
        String role = Texts.term(refused.user().role());
        String login = refused.user().login();
        String command = refused.command().map(RefusalWords::command).orElse("");
        return switch (refused.rule()) {
            case ADMINISTRATION -> Texts.format("refusal.access.administration", role, login, command);
            case RISK_OFFICER_TRADES -> Texts.format("refusal.access.risk-officer", role, login, command);
            case ACCOUNT_NOT_GRANTED -> Texts.format("refusal.access.account", role, login, command,
                    Long.toString(refused.account()), granted(refused));
            case USERS -> Texts.format("refusal.access.users", role, login);
            case RISK_OFFICER_BUYS -> Texts.format("refusal.access.risk-officer-buys", role, login, command);
        };
    }

    private static String granted(CommandNotPermitted refused) {
        return refused.user().accounts().isEmpty() ? Texts.get("refusal.access.no-account")
                : Texts.format("refusal.access.accounts", refused.user().accounts().stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")));
    }

    /** Why a sign-in was refused, never saying whether the user name or the password was wrong. */
    public static String signIn(SignInRefused refused) {
        return Texts.format(refused.tooSoon() ? "refusal.sign-in.too-soon" : "refusal.sign-in.wrong",
                Long.toString(refused.retrySeconds()));
    }

    /**
     * The pricing library's refusal of an input, worded by its codes as "field: reason": the field as the bundles
     * name the library's (the library's own name where they do not), the rule with its figures.
     */
    public static String pricing(InputRefused refused) {
        // A scenario's refusal worded by what its shocks broke, when the library said it by code.
        if (refused.rule() == InputRefused.Rule.SCENARIO_NOT_PRICED && refused.getCause() instanceof InputRefused broke) {
            return Texts.format("pricing.in-scenario", refused.figures().get(0), pricing(broke));
        }
        String field = Texts.find("pricing.field." + refused.field()).orElse(refused.field());
        return Texts.format("form.field-reason", field, pricingReason(refused));
    }

    /** The rule the input broke, with its figures, for a form that names the field itself. */
    public static String pricingReason(InputRefused refused) {
        return Texts.format("pricing.rule." + refused.rule().name(), refused.figures().toArray());
    }

    /**
     * A refused JSON document (a risk request file), each problem as "path: reason", the reason worded by its code;
     * a problem without one (a value's own refusal) keeps the reader's English.
     */
    public static String document(JsonReadException refused) {
        List<String> problems = refused.found().stream()
                .map(problem -> Texts.format("form.field-reason", problem.path(), problemReason(problem))).toList();
        if (problems.size() > 1) {
            return Texts.format("json.refused-many", refused.source() == null ? Texts.get("json.document")
                    : refused.source(), problems.size(), String.join("\n  ", problems));
        }
        return refused.source() == null ? problems.get(0) : Texts.format("json.refused-one", refused.source(),
                problems.get(0));
    }

    /** The problem worded by its code; the pricing library's name the field first, as {@link #pricing} does. */
    private static String problemReason(JsonReadException.Problem problem) {
        if (problem.code() == null || Texts.find(problem.code()).isEmpty()) {
            return problem.reason();
        }
        List<Object> figures = problem.figures();
        if (problem.code().startsWith("pricing.rule.")) {
            String field = String.valueOf(figures.get(0));
            return Texts.format("form.field-reason", Texts.find("pricing.field." + field).orElse(field),
                    Texts.format(problem.code(), figures.subList(1, figures.size()).toArray()));
        }
        return Texts.format(problem.code(), figures.toArray());
    }

    /**
     * Any failure worded for a status line or a dialog: {@link #known} when it is one, else by its kind (the
     * database, a file, anything else). The exception's own words are English, so only the English desk shows
     * them; the Chinese one names what a reader can quote instead: the database's error code, the file, the
     * exception's kind.
     */
    public static String failure(Throwable failure) {
        Optional<String> worded = known(failure);
        if (worded.isPresent()) {
            return worded.get();
        }
        return withWords(kind(failure), failure);
    }

    /** What went wrong as the desk words it; the exception's own words, English, follow in the English desk only. */
    public static String withWords(String worded, Throwable failure) {
        return Texts.locale().getLanguage().equals(Locale.ENGLISH.getLanguage())
                ? Texts.format("failure.with-words", worded, said(failure)) : worded;
    }

    private static String kind(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException database) {
                return Texts.format("failure.database", Integer.toString(database.getErrorCode()));
            }
            if (cause instanceof NoSuchFileException gone) {
                return Texts.format("failure.no-such-file", gone.getFile());
            }
            if (cause instanceof AccessDeniedException denied) {
                return Texts.format("failure.permission-denied", denied.getFile());
            }
        }
        // Only then the broader kinds, which may wrap one of the above.
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof UncheckedIOException) {
                return Texts.get("failure.io");
            }
            if (cause instanceof StoreException) {
                return Texts.get("failure.store");
            }
        }
        return Texts.format("failure.unexpected", unwrapped(failure).getClass().getSimpleName());
    }

    /** The exception's own words (English): the first a wrapper (a future's) did not merely repeat. */
    private static String said(Throwable failure) {
        Throwable cause = unwrapped(failure);
        for (Throwable each = cause; each != null; each = each.getCause()) {
            if (each.getMessage() != null && !each.getMessage().isBlank()) {
                return each.getMessage().strip();
            }
        }
        return cause.getClass().getSimpleName();
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * Any failure the user caused or can act on, worded: a host's role refusal, a sign-in refusal, the pricing
     * library's refusal of an input, a refused JSON document, a database that would not open (in use elsewhere, a
     * wrong key, ...) or a cluster with no leader found among its causes; empty for anything else.
     */
    public static Optional<String> known(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreException refused && refused.refusal().isPresent()) {
                return Optional.of(Texts.format("store.refused." + refused.refusal().get().name(), refused.database()));
            }
            if (cause instanceof InputRefused refused) {
                return Optional.of(pricing(refused));
            }
            if (cause instanceof JsonReadException refused) {
                return Optional.of(document(refused));
            }
            if (cause instanceof CommandNotPermitted refused) {
                return Optional.of(access(refused));
            }
            if (cause instanceof SignInRefused refused) {
                return Optional.of(signIn(refused));
            }
            if (cause instanceof NoLeader none) {
                return Optional.of(Texts.format("refusal.no-leader", none.endpoints(),
                        Long.toString(none.waited().toSeconds())));
            }
        }
        return Optional.empty();
    }
}
