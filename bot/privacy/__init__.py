"""/privacy (keep drafts, discreet mode), /export and /forget."""
