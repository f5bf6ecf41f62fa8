package com.suanli.sessions.run;

import com.suanli.exchange.book.Side;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.sessions.agent.Agent;
import com.suanli.sessions.agent.AgentSetup;
import com.suanli.sessions.agent.CapacityHedger;
import com.suanli.sessions.agent.MarketMaker;
import com.suanli.sessions.agent.MomentumTrader;
import com.suanli.sessions.agent.NoiseTrader;
import com.suanli.sessions.agent.SpreadArbitrageur;
import com.suanli.sessions.agent.SpreadKind;
import com.suanli.sessions.agent.ValueTrader;
import com.suanli.sessions.config.AgentGroup;
import com.suanli.sessions.config.AgentMix;
import com.suanli.sessions.config.HubSetup;
import com.suanli.sessions.config.ProductSetup;
import com.suanli.sessions.config.SessionConfig;
import com.suanli.sessions.config.UserAccount;
import com.suanli.sessions.market.SessionListing;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * The session's agents, made in the configuration's group order (the n-th of a group takes the n-th place in turn), each with an account numbered from
 * {@link #FIRST_ACCOUNT} (or the given first account) and a generator split from the session's, so the same seed makes the same
 * agents. Consumers and providers are spread over the products' hubs in turn, value and momentum
 * traders over the standard contracts; noise traders follow every standard contract.
 */
public final class AgentRoster {

    /** A headless session's first agent account. */
    public static final long FIRST_ACCOUNT = UserAccount.FIRST_AGENT_ACCOUNT;

    /** A group of agents: its firm's name and its members. */
    public record Group(String name, AgentGroup settings, List<Agent> agents) {
    }

    private final List<Group> groups = new ArrayList<>();
    private final List<Agent> agents = new ArrayList<>();
    private final long firstAccount;

    public AgentRoster(SessionConfig config, SessionListing listing, SplittableRandom seeds) {
        this(config, listing, seeds, FIRST_ACCOUNT);
    }

    /** @param firstAccount the first agent's account; the others follow it in roster order */
    public AgentRoster(SessionConfig config, SessionListing listing, SplittableRandom seeds, long firstAccount) {
        this.firstAccount = firstAccount;
        AgentMix mix = config.agents();
        int maxId = listing.maxInstrumentId();
        List<HubPlace> places = new ArrayList<>();
        for (ProductSetup product : config.products()) {
            for (HubSetup hub : product.hubs()) {
                places.add(new HubPlace(product.code(), hub));
            }
        }
        List<Integer> standard = listing.contracts().stream().filter(spec -> !spec.green())
                .map(ContractSpec::instrumentId).toList();
        add("Market makers", mix.marketMakers().group(), seeds, maxId, (setup, n) -> new MarketMaker(setup, mix.marketMakers()));
        add("AI labs", mix.consumers().group(), seeds, maxId, (setup, n) -> {
            HubPlace place = places.get(n % places.size());
            return new CapacityHedger(setup, mix.consumers(), place.productCode(), place.hub().hub(), Side.BID);
        });
        add("Compute providers", mix.providers().group(), seeds, maxId, (setup, n) -> {
            HubPlace place = places.get(n % places.size());
            return new CapacityHedger(setup, mix.providers(), place.productCode(), place.hub().hub(), Side.ASK);
        });
        add("Noise traders", mix.noise().group(), seeds, maxId, (setup, n) -> new NoiseTrader(setup, mix.noise(), standard));
        add("Value traders", mix.value().group(), seeds, maxId,
                (setup, n) -> new ValueTrader(setup, mix.value(), standard.get(n % standard.size())));
        add("Momentum traders", mix.momentum().group(), seeds, maxId,
                (setup, n) -> new MomentumTrader(setup, mix.momentum(), standard.get(n % standard.size())));
        add("Hub arbitrageurs", mix.hubArbitrage().group(), seeds, maxId,
                (setup, n) -> new SpreadArbitrageur(setup, mix.hubArbitrage(), SpreadKind.EAST_WEST));
        add("Calendar arbitrageurs", mix.calendarArbitrage().group(), seeds, maxId,
                (setup, n) -> new SpreadArbitrageur(setup, mix.calendarArbitrage(), SpreadKind.CALENDAR));
    }

    private record HubPlace(String productCode, HubSetup hub) {
    }

    private void add(String name, AgentGroup settings, SplittableRandom seeds, int maxId,
                     BiFunction<AgentSetup, Integer, Agent> make) {
        List<Agent> members = new ArrayList<>();
        for (int n = 0; n < settings.count(); n++) {
            AgentSetup setup = new AgentSetup(firstAccount + agents.size(), seeds.split(), settings.wakesPerDay(),
                    settings.maxLots(), maxId);
            Agent agent = make.apply(setup, n);
            members.add(agent);
            agents.add(agent);
        }
        if (!members.isEmpty()) {
            groups.add(new Group(name, settings, List.copyOf(members)));
        }
    }

    public List<Group> groups() {
        return groups;
    }

    public List<Agent> agents() {
        return agents;
    }

    /** The agent of an account, or null for an account that is not an agent's. */
    public Agent agent(long account) {
        long index = account - firstAccount;
        return index >= 0 && index < agents.size() ? agents.get((int) index) : null;
    }
}
