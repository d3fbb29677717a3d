// lunr-languages ships no types: each module registers a language on lunr.
declare module 'lunr-languages/lunr.stemmer.support' {
  const register: (lunr: unknown) => void;
  export default register;
}
declare module 'lunr-languages/lunr.fr' {
  const register: (lunr: unknown) => void;
  export default register;
}
