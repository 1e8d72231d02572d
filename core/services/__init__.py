"""Use cases of the kernel. Each function runs inside the caller's transaction
(the GraphQL mutation guard opens one per mutation) and raises DomainError to
refuse; nothing here commits on its own."""
