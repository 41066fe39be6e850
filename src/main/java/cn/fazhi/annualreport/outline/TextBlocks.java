package cn.fazhi.annualreport.outline;

import java.util.List;

import org.springframework.stereotype.Component;

/** {@link TextNotation} for the pages ({@code @textBlocks.of(text)}): a stored text's paragraphs and tables. */
@Component("textBlocks")
public class TextBlocks {

	public List<TextNotation.Block> of(String text) {
		return TextNotation.blocks(text == null ? "" : text);
	}

}
