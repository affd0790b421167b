-- SpaceGate looks up a caller's seats in a tenant's groups by e-mail address on every request of a
-- member from elsewhere (lower(email) = lower(?), inside the tenant's row-level security). Without
-- an index that is a scan of the tenant's members; with it, an index look-up. The tenant leads, as
-- in every index of a tenant-owned table, because the policy adds tenant_id = ... to each query.
create index group_member_email on group_member (tenant_id, lower(email));
