package ai.xseven.business;

import java.util.UUID;

/** The amount of an order that a {@link PaymentGateway} step concerns. */
public record OrderPayment(UUID orderId, int amountCents, String currency) {}
