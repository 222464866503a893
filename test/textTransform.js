// Jest transform: import a .txt file as its text, the way webpack's asset/source does.
module.exports = {
  process(sourceText) {
    return { code: `module.exports = { __esModule: true, default: ${JSON.stringify(sourceText)} };` };
  },
};
