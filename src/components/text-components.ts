// The components a statement file's MDX renders with, in the general sections and in every
// audience's part: <Right> as a link to exercise it, headings with their way to other languages.
import Heading2 from './Heading2.astro';
import Heading3 from './Heading3.astro';
import Heading4 from './Heading4.astro';
import Right from './Right.astro';

export const TEXT_COMPONENTS = { Right, h2: Heading2, h3: Heading3, h4: Heading4 };
