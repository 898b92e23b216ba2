// Run once by the mongo image on an empty data volume (/docker-entrypoint-initdb.d), as the root user:
// the services' own user, allowed to read and write their four databases and nothing else.
const app = process.env.MONGO_APP_USERNAME;
const password = process.env.MONGO_APP_PASSWORD;
db.getSiblingDB('admin').createUser({
  user: app,
  pwd: password,
  roles: ['tenants', 'housing', 'activities', 'reporting'].map(name => ({ role: 'readWrite', db: name })),
});
