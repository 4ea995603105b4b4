from rdkit import Chem
