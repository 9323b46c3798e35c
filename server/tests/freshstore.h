// For the clinic service's tests and benchmarks: a fresh store in the
// PostgreSQL that pg_virtualenv started (PGHOST and the rest from it).
#pragma once

#include "syncstore.h"

#include <pqxx/pqxx>

#include <string>

namespace tessera::server::test {

/// The service's role and its password in the tests and benchmarks.
inline const std::string kAppRole = "tessera_app";

/// Drops the schema, makes the service's role (neither owner nor
/// superuser, no BYPASSRLS) if it is missing, and installs the schema anew.
inline void freshStore(pqxx::connection& owner, const std::string& appPassword)
{
    {
        pqxx::work tx(owner);
        tx.exec("DROP SCHEMA IF EXISTS tessera CASCADE");
        tx.exec("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + kAppRole + "') THEN "
                "CREATE ROLE " + kAppRole + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD " + tx.quote(appPassword) + "; END IF; END $$");
        tx.commit();
    }
    SyncStore::install(owner, kAppRole);
}

} // namespace tessera::server::test
