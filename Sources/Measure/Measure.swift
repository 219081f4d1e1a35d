import Results
