import Results
import CCmark
