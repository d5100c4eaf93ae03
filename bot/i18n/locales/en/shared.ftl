# What every part of Doorman says: checks, apologies, statuses, list lines, pages.

check-server-only = This command only works in a server.
check-failed = You can't use this command here.

# The end of a list cut short to fit Discord's limits: "alice, bob and 3 more".
shared-list-more = and { $count } more
