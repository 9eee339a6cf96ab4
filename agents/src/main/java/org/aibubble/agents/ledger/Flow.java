package org.aibubble.agents.ledger;

/** The kinds of current (income-statement) flow the ledger tallies each month. */
public enum Flow {
    WAGES, TALENT_PAY, TRANSFERS, BENEFITS, TAXES, CONSUMPTION, GOVERNMENT_PURCHASES, CORE_SERVICES,
    AI_SERVICES, COMPUTE, SOFTWARE, SUPPLIES, INTEREST, DIVIDENDS, FED_REMITTANCE, CONSTRUCTION, GPU_SALES,
    FIRE_SALE_LOSS
}
