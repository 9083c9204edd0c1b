# tests of the parsing classes
