module.exports = async function globalTeardown() {
  await globalThis.__anxinTestPostgres?.stop();
};
