package dev.aviary.releaseapi.trafficlist;

import java.util.List;

/** Who still uses a traffic list; implemented by the traffic policies. */
public interface ListUsers {

    /** The gateways whose current policy references {@code list}, sorted. */
    List<String> gatewaysUsing(String list);
}
