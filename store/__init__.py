"""factscope's persistence on TinyDB: the corpus DB and the per-user DB.

Never imports Textual (checked by tests/test_border.py).
"""

import os as _os

# numpy's OpenBLAS starts a thread per core when numpy is imported, for matrix products factscope never
# asks for (its arrays are sorted, searched and gathered: no BLAS call); one thread spares that start in
# every process that maps a derived file (`factscope add` 20-25 ms CPU, ~60 ms wall on 2 cores). Set
# before anything imports numpy (the store is imported first); a value the user set is kept.
_os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from corpus.gcpause import left_at_exit as _left_at_exit

# a process that read a corpus DB ends without the collector's last passes over all it holds
_left_at_exit()
