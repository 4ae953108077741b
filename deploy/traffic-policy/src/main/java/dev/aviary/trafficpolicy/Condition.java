package dev.aviary.trafficpolicy;

import tools.jackson.databind.JsonNode;

/** A condition of the policy language: a composite, or one source with one operator. */
public sealed interface Condition
        permits AllCondition,
                AnyCondition,
                NotCondition,
                EqualsCondition,
                InCondition,
                RegexCondition,
                PrefixCondition,
                TailDigitsCondition,
                ModuloCondition,
                PercentCondition,
                VersionRangeCondition,
                CidrCondition {

    /** The canonical JSON form of this condition. */
    JsonNode toJson();
}
