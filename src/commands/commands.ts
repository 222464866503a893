// The ribbon's function file. The only ribbon command is the Home-tab button, which shows the task
// pane through the manifest (ShowTaskpane) and needs no code; Office still loads this page, so it
// must initialise Office.js.
Office.onReady(() => {
  // Nothing to register: there are no ExecuteFunction commands.
});
