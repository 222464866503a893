// Text files (the bundled seed workbook) are imported as strings by webpack and jest alike.
declare module '*.txt' {
  const content: string;
  export default content;
}
