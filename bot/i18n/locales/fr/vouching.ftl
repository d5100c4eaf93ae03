## Le bilan de la personne qui a invité (SPEC section 12)

vouching-request-record = Bilan de la personne qui a invité
vouching-record-line = { $inviter } : admis { $admitted }, refusés { $denied }, partis { $left }, bannis { $banned }
vouching-whois-heading = Bilan en tant que personne qui invite
vouching-whois-record = Codes créés : { $codes } · Admis : { $admitted } · Refusés : { $denied } · Partis sous 30 jours : { $left } · Bannis : { $banned }
